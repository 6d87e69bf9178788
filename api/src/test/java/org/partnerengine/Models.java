package org.partnerengine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The test models under test-models/, and multipart bodies that upload them as a designer would. */
public final class Models {

  private Models() {}

  public static String text(String name) {
    try {
      return new ClassPathResource("test-models/" + name).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A multipart upload of files given as alternating file name and content. */
  public static HttpEntity<MultiValueMap<String, Object>> upload(String... nameThenContent) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    for (int i = 0; i < nameThenContent.length; i += 2) {
      String name = nameThenContent[i];
      byte[] content = nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8);
      parts.add(
          "files",
          new ByteArrayResource(content) {
            @Override
            public String getFilename() {
              return name;
            }
          });
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }
}
