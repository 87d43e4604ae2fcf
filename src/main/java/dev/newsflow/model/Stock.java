package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A listed security named in the text, e.g. {@code {name: 贵州茅台, code: 600519, exchange: SH}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Stock(String name, String code, String exchange) {
}
