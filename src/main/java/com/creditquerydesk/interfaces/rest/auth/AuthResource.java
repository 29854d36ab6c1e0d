package com.creditquerydesk.interfaces.rest.auth;

import com.creditquerydesk.application.user.AuthService;
import com.creditquerydesk.application.user.TotpEnrolment;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.infrastructure.documents.QrCodeImage;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Log-in in one or two steps (the password, then the second factor: docs/rules.md#R24), the officer's confirmation,
 * one's own password and authenticator app, and log-out.
 */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Credentials(String username, String password) {
    }

    /** @param passwordChangeRequired the session may do nothing but change the password first (docs/rules.md#R25) */
    public record TokenView(String token, Instant expiresAt, UserSummary user, boolean passwordChangeRequired) {
        static TokenView of(AuthService.Login login) {
            return new TokenView(login.token(), login.expiresAt(), UserSummary.of(login.user()),
                    login.passwordChangeRequired());
        }
    }

    /** The second step: answer {@code challenge} with a code of {@code secondFactor}; {@code sentTo} for SMS. */
    public record ChallengeView(String secondFactor, String secondFactorLabel, String challenge, Instant expiresAt,
                                String sentTo) {
        static ChallengeView of(AuthService.SecondStep step) {
            return new ChallengeView(step.factor().name(), step.factor().label(), step.challenge(), step.expiresAt(),
                    step.sentTo().orElse(null));
        }
    }

    public record SecondFactorAnswer(String challenge, String code) {
    }

    /** @param required whether the confirmation needs a code besides the password */
    public record ConfirmationView(boolean required, ChallengeView challenge) {
    }

    public record PasswordChange(String current, String chosen) {
    }

    public record EnrolmentView(String enrolment, String secret, String keyUri, String qrCode) {
    }

    public record EnrolmentAnswer(String enrolment, String code) {
    }

    public record RecoveryCodes(List<String> recoveryCodes) {
    }

    /** {@code contactDuty}: the account's 工作职责 in the 联络表 (docs/rules.md#R79), if any. */
    public record UserSummary(long id, String username, String displayName, List<String> roles, List<String> roleLabels,
                              boolean totpEnrolled, String contactDuty) {
        public static UserSummary of(User u) {
            return new UserSummary(u.id(), u.username(), u.displayName(),
                    u.roles().stream().map(Role::name).toList(), u.roles().stream().map(Role::label).toList(),
                    u.totpSecretSealed().isPresent(), u.contactDuty().map(Enum::name).orElse(null));
        }
    }

    @Inject
    AuthService auth;

    @Inject
    TotpEnrolment enrolment;

    @Inject
    CurrentActor current;

    @Inject
    ClientAddress address;

    @Context
    HttpServletRequest request;

    /** Answers a {@link TokenView} or, where the account needs a second factor, a {@link ChallengeView}. */
    @POST
    @Path("/login")
    @Public
    public Object login(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw new DomainException("CREDENTIALS_REQUIRED", "请输入用户名和密码", "username and password are required");
        }
        AuthService.Step step = auth.login(credentials.username(), credentials.password().toCharArray(),
                address.of(request));
        return step instanceof AuthService.Session s ? TokenView.of(s.login())
                : ChallengeView.of((AuthService.SecondStep) step);
    }

    @POST
    @Path("/login/second-factor")
    @Public
    public TokenView secondFactor(SecondFactorAnswer answer) {
        if (answer == null || answer.challenge() == null || answer.code() == null) {
            throw new DomainException("CODE_REQUIRED", "请输入验证码", "the code is required");
        }
        return TokenView.of(auth.completeLogin(answer.challenge(), answer.code(), address.of(request)));
    }

    /** Before the officer signs off: the second step he must answer besides his password, if any. */
    @POST
    @Path("/confirmation")
    public ConfirmationView confirmation() {
        return auth.startConfirmation(current.get())
                .map(step -> new ConfirmationView(true, ChallengeView.of(step)))
                .orElse(new ConfirmationView(false, null));
    }

    /** Answers the confirmation's code ahead of the sign-offs it covers (docs/rules.md#R24). */
    @POST
    @Path("/confirmation/answer")
    public void answerConfirmation(SecondFactorAnswer answer) {
        if (answer == null || answer.challenge() == null || answer.code() == null) {
            throw new DomainException("CODE_REQUIRED", "请输入验证码", "the code is required");
        }
        auth.answerConfirmation(current.get(), answer.challenge(), answer.code());
    }

    @POST
    @Path("/password")
    @BeforePasswordChange
    public UserSummary changePassword(PasswordChange change) {
        if (change == null || change.chosen() == null) {
            throw new DomainException("PASSWORD_REQUIRED", "请输入原密码和新密码", "the current and the new password are required");
        }
        return UserSummary.of(auth.changePassword(current.get(),
                change.current() == null ? null : change.current().toCharArray(), change.chosen().toCharArray()));
    }

    /** Starts binding an authenticator app: its secret, as text and as the QR code the app scans. */
    @POST
    @Path("/totp/enrolment")
    public EnrolmentView beginEnrolment() {
        TotpEnrolment.Pending p = enrolment.begin(current.get());
        return new EnrolmentView(p.enrolment(), p.secret(), p.keyUri(),
                "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodeImage.png(p.keyUri())));
    }

    @POST
    @Path("/totp/enrolment/confirm")
    public RecoveryCodes finishEnrolment(EnrolmentAnswer answer) {
        if (answer == null || answer.enrolment() == null || answer.code() == null) {
            throw new DomainException("CODE_REQUIRED", "请输入动态口令", "the code is required");
        }
        return new RecoveryCodes(enrolment.finish(current.get(), answer.enrolment(), answer.code()));
    }

    @POST
    @Path("/logout")
    @BeforePasswordChange
    public void logout() {
        auth.logout(current.get(), current.token());
    }

    @POST
    @Path("/logout-everywhere")
    public void logoutEverywhere() {
        auth.logoutEverywhere(current.get());
    }

    @GET
    @Path("/me")
    @BeforePasswordChange
    public UserSummary me() {
        return auth.authenticate(current.token()).map(UserSummary::of).orElseThrow();
    }
}
