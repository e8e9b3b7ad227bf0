package org.pcref.core.conversation;

import org.pcref.core.checkin.CheckIns;
import org.pcref.core.download.DownloadLinks;
import org.pcref.core.privacy.PrivacyCommands;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.core.reminder.RemindCommand;
import org.pcref.core.round.Rounds;
import org.pcref.core.team.TeamCommands;
import org.pcref.core.team.TeamDirectory;

/** The features a turn is handed to; what the commands' handlers work with. */
record Features(
    FrameworkQuestions questions,
    CheckIns checkIns,
    TeamDirectory teams,
    TeamCommands team,
    RemindCommand remind,
    Rounds rounds,
    PrivacyCommands privacy,
    DownloadLinks downloads) {}
