package com.talentsync.core.match.source;

/** Job pages written for the tests, in the shapes real job boards use. */
final class JobPages {

    private JobPages() {}

    /** A board page with JSON-LD (an @graph, escaped HTML in the description) and a noisy body. */
    static final String JSON_LD = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Platform Engineer | Jobs at Lakeside</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Organization", "name": "Lakeside Job Board"},
              {"@type": ["JobPosting"],
               "title": "Platform Engineer &amp; SRE",
               "hiringOrganization": {"@type": "Organization", "name": "Bluebird Logistics"},
               "description": "<p>Run our delivery platform.</p><h3>Requirements</h3><ul><li>5+ years with Kubernetes</li><li>• Terraform in production</li></ul><p style=\\"display:none\\">Hidden keywords</p>"
              }
            ]}
            </script></head>
            <body><nav>Home Jobs Companies Sign in</nav>
            <main><h1>Platform Engineer &amp; SRE</h1><p>Teaser only.</p></main>
            <footer>Privacy Terms</footer></body></html>""";

    /** No structured data: navigation, header, footer, a cookie banner and hidden text around the ad. */
    static final String PLAIN = """
            <!DOCTYPE html>
            <html><head><title>Careers</title><style>.x { color: red }</style></head>
            <body class="cookies-accepted">
            <header><a href="/">Greenfield Health</a> <a href="/careers">Careers</a></header>
            <nav><ul><li>Home</li><li>Open roles</li></ul></nav>
            <div id="cookie-banner">We use cookies. <button>Accept</button></div>
            <main>
              <article>
                <h1>Data Analyst</h1>
                <p>Greenfield Health is hiring a Data Analyst to join the insights team.</p>
                <h2>What you will do</h2>
                <ul>
                  <li>Build dashboards in Power BI</li>
                  <li><p>Write SQL against the warehouse</p></li>
                </ul>
                <span style="display:none">Python Spark Airflow</span>
                <p hidden>Scala</p>
                <script>track('view');</script>
              </article>
              <aside>Similar jobs: Data Engineer, BI Developer</aside>
            </main>
            <footer>© Greenfield Health. All rights reserved.</footer>
            </body></html>""";
}
