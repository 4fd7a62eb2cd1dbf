package de.teilhabe.system;

/**
 * The engine groups that stand for Teilhabe's roles; a user's groups become
 * {@code GROUP_<id>} authorities.
 */
public enum Roles {

	COORDINATOR("coordinator"), WG_LEAD("wg-lead"), MANAGER("manager"), ADMIN("admin");

	private final String groupId;

	Roles(String groupId) {
		this.groupId = groupId;
	}

	public String groupId() {
		return groupId;
	}

	public String authority() {
		return authorityOf(groupId);
	}

	public static String authorityOf(String groupId) {
		return "GROUP_" + groupId;
	}

}
