package dev.baton.notifications;

/** The ways a notice reaches a person. */
public enum Channel {

	/** The bell and the notification list in Baton itself. */
	APP,
	/** E-mail through the company's SMTP server. */
	EMAIL,
	/**
	 * The DingTalk, WeCom or Feishu group robot of the request's process or department.
	 */
	ROBOT

}
