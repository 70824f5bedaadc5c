package dev.baton.notifications;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox's ways out besides e-mail — one {@link OutboxSender} per robot platform —
 * and the scheduling that polls the outbox ({@code baton.outbox.poll-interval}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeliveryChannels {

	@Bean
	OutboxSender dingTalkSender(RobotDelivery robots) {
		return new RobotSender(RobotPlatform.DINGTALK, robots);
	}

	@Bean
	OutboxSender weComSender(RobotDelivery robots) {
		return new RobotSender(RobotPlatform.WECOM, robots);
	}

	@Bean
	OutboxSender feishuSender(RobotDelivery robots) {
		return new RobotSender(RobotPlatform.FEISHU, robots);
	}

	/** The outbox's sender of one platform's robot messages. */
	record RobotSender(RobotPlatform platform, RobotDelivery robots) implements OutboxSender {

		@Override
		public String channel() {
			return platform.channel();
		}

		@Override
		public Delivery send(OutboxMessage message) {
			return robots.send(platform, message);
		}

	}

}
