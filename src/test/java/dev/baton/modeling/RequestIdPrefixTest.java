package dev.baton.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The prefix of request ids: the process's baton.key.prefix, else the initials of its
 * key's words.
 */
class RequestIdPrefixTest {

	@Test
	void aConfiguredPrefixIsUsedInUpperCase() {
		assertThat(ProcessCatalog.prefix("leave-request", "LV")).isEqualTo("LV");
		assertThat(ProcessCatalog.prefix("leave-request", " lv ")).isEqualTo("LV");
		assertThat(ProcessCatalog.prefix("expense-claim", "EXP2")).isEqualTo("EXP2");
	}

	@Test
	void aPrefixThatIsNotLettersAndDigitsStartingWithALetterIsIgnored() {
		assertThat(ProcessCatalog.prefix("leave-request", "L-V")).isEqualTo("LR");
		assertThat(ProcessCatalog.prefix("leave-request", "2LV")).isEqualTo("LR");
		assertThat(ProcessCatalog.prefix("leave-request", "TOOLONGPREFIX")).isEqualTo("LR");
		assertThat(ProcessCatalog.prefix("leave-request", "请假")).isEqualTo("LR");
	}

	@Test
	void withoutAPrefixTheInitialsOfTheKeysWordsAreUsed() {
		assertThat(ProcessCatalog.prefix("purchase-request", null)).isEqualTo("PR");
		assertThat(ProcessCatalog.prefix("project_handoff", null)).isEqualTo("PH");
		assertThat(ProcessCatalog.prefix("a-very-long-process-key-indeed", null)).isEqualTo("AVLP");
		assertThat(ProcessCatalog.prefix("onboarding", null)).isEqualTo("ON");
		assertThat(ProcessCatalog.prefix("2024-budget", null)).isEqualTo("BU");
		assertThat(ProcessCatalog.prefix("---", null)).isEqualTo("REQ");
	}

}
