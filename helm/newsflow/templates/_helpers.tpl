{{/* The chart name, overridable. */}}
{{- define "newsflow.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* release-chart, or the release name alone when it already contains the chart name. */}}
{{- define "newsflow.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "newsflow.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels every resource carries. */}}
{{- define "newsflow.labels" -}}
helm.sh/chart: {{ include "newsflow.chart" . }}
{{ include "newsflow.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: newsflow
{{- end }}

{{/* Labels that select the pipeline's pods; never change them between releases. */}}
{{- define "newsflow.selectorLabels" -}}
app.kubernetes.io/name: {{ include "newsflow.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "newsflow.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}

{{/* A Kafka client property as the environment variable the application maps back: security.protocol ->
NEWSFLOW_KAFKA_SECURITY_PROTOCOL. */}}
{{- define "newsflow.kafkaEnvName" -}}
{{- printf "NEWSFLOW_KAFKA_%s" (. | replace "." "_" | replace "-" "_" | upper) }}
{{- end }}
