package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Inbound;

class InboundActivitiesTest {

  private static Activity activity(String json) throws Exception {
    return Serialization.treeToValue(Serialization.jsonToTree(json), Activity.class);
  }

  private static final String CHANNEL_MESSAGE =
      """
      {"type":"message","id":"1700000000001","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
       "from":{"id":"29:1abc","name":"Alex Smith","aadObjectId":"aad-alex"},
       "recipient":{"id":"28:bot-app-id","name":"PCREF Bot"},
       "conversation":{"id":"19:ward7@thread.tacv2;messageid=1699999999999","conversationType":"channel","tenantId":"tenant-1","isGroup":true},
       "text":"<at>PCREF (dev) Bot</at> define co-learning",
       "entities":[{"type":"mention","text":"<at>PCREF (dev) Bot</at>","mentioned":{"id":"28:bot-app-id","name":"PCREF (dev) Bot"}}],
       "channelData":{"teamsChannelId":"19:ward7@thread.tacv2","teamsTeamId":"19:team@thread.tacv2",
         "channel":{"id":"19:ward7@thread.tacv2","name":"Ward 7"},"team":{"id":"19:team@thread.tacv2","name":"Mental Health Team"},
         "tenant":{"id":"tenant-1"}}}
      """;

  @Test
  void shouldReadAChannelMessageWithoutTheBotsMention() throws Exception {
    Inbound in = InboundActivities.read(activity(CHANNEL_MESSAGE)).orElseThrow();

    assertThat(in.text()).isEqualTo("define co-learning");
    assertThat(in.key().platform()).isEqualTo("teams");
    assertThat(in.key().tenant()).isEqualTo("tenant-1");
    assertThat(in.key().channel()).isEqualTo("19:ward7@thread.tacv2");
    assertThat(in.key().user()).isEqualTo("aad-alex");
    assertThat(in.userName()).isEqualTo("Alex Smith");
    assertThat(in.direct()).isFalse();
    assertThat(in.channelName()).isEqualTo("Ward 7");
  }

  @Test
  void shouldReadAPersonalMessageAsDirect() throws Exception {
    Inbound in =
        InboundActivities.read(
                activity(
                    """
                    {"type":"message","id":"a1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
                     "from":{"id":"29:1abc","name":"Alex","aadObjectId":"aad-alex"},"recipient":{"id":"28:bot"},
                     "conversation":{"id":"a:1personal","conversationType":"personal","tenantId":"tenant-1"},
                     "text":"what does Good mean for co-production?"}
                    """))
            .orElseThrow();

    assertThat(in.direct()).isTrue();
    assertThat(in.key().channel()).isEqualTo("a:1personal");
    assertThat(in.text()).isEqualTo("what does Good mean for co-production?");
  }

  @Test
  void shouldReadAButtonPressFromTheSubmitData() throws Exception {
    Inbound in =
        InboundActivities.read(
                activity(
                    """
                    {"type":"message","id":"a2","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
                     "from":{"id":"29:1abc","name":"Alex","aadObjectId":"aad-alex"},"recipient":{"id":"28:bot"},
                     "conversation":{"id":"a:1personal","conversationType":"personal","tenantId":"tenant-1"},
                     "replyToId":"card-1","value":{"pcref":{"action":"checkin","value":"x/0/level/0/good","label":"Good","question":"q"}}}
                    """))
            .orElseThrow();

    assertThat(in.action())
        .isEqualTo(new org.pcref.core.message.Action("checkin", "x/0/level/0/good"));
  }

  @Test
  void shouldTreatTheSamePersonInAnotherTenantAsSomeoneElse() throws Exception {
    Inbound here = InboundActivities.read(activity(CHANNEL_MESSAGE)).orElseThrow();
    Inbound there =
        InboundActivities.read(activity(CHANNEL_MESSAGE.replace("tenant-1", "tenant-2")))
            .orElseThrow();

    assertThat(here.key()).isNotEqualTo(there.key());
  }

  @Test
  void shouldIgnoreAMessageWithOnlyTheMention() throws Exception {
    String onlyMention =
        CHANNEL_MESSAGE.replace(
            "<at>PCREF (dev) Bot</at> define co-learning", "<at>PCREF (dev) Bot</at>");
    assertThat(InboundActivities.read(activity(onlyMention))).isEmpty();
  }
}
