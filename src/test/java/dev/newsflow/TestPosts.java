package dev.newsflow;

/** Short posts written for the tests, in the scrapers' Hexo layout. */
public final class TestPosts {
    private TestPosts() {
    }

    /** A Sina-style post about the central bank: two names for one organisation, an official with titles. */
    public static final String PBOC = """
        ---
        title: '人民银行召开座谈会'
        categories:
         - 金融
         - 新浪财经
         - 新浪财经－国內
        author: 新浪财经
        date: Thu, 22 Jul 2021 11:49:54 GMT
        ---

        <div><p>　　7月22日，中国人民银行在北京召开座谈会。人民银行副行长刘国强出席会议并讲话。</p>
        <p class="article-editor">责任编辑：王翔 </p></div>
        """;
}
