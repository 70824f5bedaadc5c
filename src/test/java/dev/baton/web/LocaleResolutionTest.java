package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The caller's language decides, whatever region or weight comes with it. */
class LocaleResolutionTest {

	@Test
	void englishInAnyFormIsEnglish() {
		for (String header : new String[] { "en", "en-US", "en-GB", "EN", "en;q=0.8", "fr, en;q=0.5",
				"en-US,en;q=0.9,zh-CN;q=0.8", "zh;q=0.5, en" }) {
			assertThat(LocaleConfiguration.resolve(header)).as(header).isEqualTo(Locale.US);
		}
	}

	@Test
	void chineseInAnyFormIsSimplifiedChinese() {
		for (String header : new String[] { "zh", "zh-CN", "zh-TW", "zh-Hans-CN", "zh-CN,zh;q=0.9,en;q=0.8",
				"en;q=0.1, zh" }) {
			assertThat(LocaleConfiguration.resolve(header)).as(header).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		}
	}

	@Test
	void chineseWhenNothingBatonSpeaksIsAskedForOrTheHeaderIsMissingOrUnreadable() {
		for (String header : new String[] { null, "", "fr", "de-DE,fr;q=0.5", "*", "en;q=0", "a;b;;;q=x" }) {
			assertThat(LocaleConfiguration.resolve(header)).as(String.valueOf(header))
				.isEqualTo(Locale.SIMPLIFIED_CHINESE);
		}
	}

}
