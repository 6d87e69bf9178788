package org.partnerengine;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * An identity provider for the tests of the app in remote mode: it signs bearer tokens with its
 * own RSA key, and the app reads the public half from a PEM file as it would a real provider's,
 * checking signature, issuer and audience for real (no decoder is mocked).
 */
public final class TestIdentityProvider {

  public static final String ISSUER = "https://login.example.test/realms/partners";
  public static final String AUDIENCE = "partner-engine";

  private final JwtEncoder signer;
  private final Path publicKey;

  public TestIdentityProvider() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey(keys.getPrivate()).keyID("test").build();
      signer = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
      publicKey = Files.createTempFile("identity-provider", ".pem");
      publicKey.toFile().deleteOnExit();
      Files.writeString(
          publicKey,
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
              + "\n-----END PUBLIC KEY-----\n");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The app's settings for this provider, in jwt mode: its key and the audience. (With an
   * issuer-uri as well, Spring Boot would ask the issuer for its configuration, which this
   * provider does not serve.)
   */
  public Map<String, Object> appProperties() {
    return Map.of(
        "SECURITY_MODE", "jwt",
        "spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKey,
        "spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
  }

  /** A staff token for this app with the role and groups of the dev user of that name. */
  public String staff(String username) {
    return switch (username) {
      case "designer" -> token(AUDIENCE, username, "PROCESS_DESIGNER", List.of(), null);
      case "manager" -> token(AUDIENCE, username, "PARTNER_MANAGER", List.of("partner-managers"), null);
      case "approver" -> token(AUDIENCE, username, "APPROVER", List.of("channel-approvers"), null);
      default -> throw new IllegalArgumentException("No such staff user: " + username);
    };
  }

  public String token(String audience, String username, String role, List<String> groups, Long partnerId) {
    JwtClaimsSet.Builder claims =
        JwtClaimsSet.builder()
            .issuer(ISSUER)
            .audience(List.of(audience))
            .subject("user-" + username)
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(3600))
            .claim("roles", List.of(role))
            .claim("groups", groups)
            .claim("preferred_username", username);
    if (partnerId != null) {
      claims.claim("partner_id", partnerId);
    }
    return signer.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build())).getTokenValue();
  }
}
