package org.pcref.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where sign-in starts: a link per configured provider; and the page after signing out. */
@Controller
class SignInPages {

  /** A provider to sign in with, and where its sign-in starts. */
  record Provider(String name, String href) {}

  private final BoardSettings settings;

  SignInPages(BoardSettings settings) {
    this.settings = settings;
  }

  @GetMapping("/sign-in")
  String signIn(Model model) {
    return page(model, "Sign in with your staff account to see the board.");
  }

  @GetMapping("/signed-out")
  String signedOut(Model model) {
    return page(model, "You have signed out.");
  }

  private String page(Model model, String message) {
    List<Provider> providers = new ArrayList<>();
    settings
        .entra()
        .ifPresent(c -> providers.add(new Provider("Microsoft", "/oauth2/authorization/entra")));
    settings
        .slack()
        .ifPresent(c -> providers.add(new Provider("Slack", "/oauth2/authorization/slack")));
    model.addAttribute("providers", providers);
    model.addAttribute("message", message);
    return "board/sign-in";
  }
}
