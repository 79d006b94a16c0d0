package com.talentsync.core.match.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyGuessTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Company: Northwind Traders\\nData Engineer                        | Northwind Traders
            Backend Engineer\\nEmployer - Contoso Ltd.\\nWe build things      | Contoso Ltd
            Fabrikam is hiring a Senior Java Developer\\nRemote              | Fabrikam
            Acme Robotics are looking for a QA lead                          | Acme Robotics
            Senior Data Engineer at Tailspin Toys\\nBerlin                   | Tailspin Toys
            Product Designer @ Wingtip Solutions                             | Wingtip Solutions
            Data Analyst\\nWhat you will do\\n- Build reports\\nAbout Proseware | Proseware
            Data Analyst\\nAbout Us\\nWe are a bank                          | ''
            Data Analyst\\nAbout the role\\nYou will build dashboards        | ''
            We are hiring a Data Analyst                                     | ''
            Our team is looking for a designer                               | ''
            Engineer\\nWork at home two days a week                          | ''
            Java Developer\\nStrong Java and SQL skills                       | ''
            """)
    void readsTheCompanyFromTheWaysAdsNameIt(String text, String company) {
        assertThat(CompanyGuess.guess(text.replace("\\n", "\n")).orElse("")).isEqualTo(company);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Line 1\\nLine 2\\nLine 3\\nLine 4\\nSenior Engineer at Litware | ''
            Company: this is a sentence that goes on far too long to be a name | ''
            """)
    void staysSilentWhenUnsure(String text, String company) {
        assertThat(CompanyGuess.guess(text.replace("\\n", "\n")).orElse("")).isEqualTo(company);
    }
}
