// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.spapi;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns every failure inside an operation into the status code and {@code errors[]} body the models declare. */
@RestControllerAdvice
class SpApiExceptionHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SpApiExceptionHandler.class);

    @ExceptionHandler(SpApiException.class)
    ResponseEntity<ErrorList> spApi(SpApiException e) {
        return ResponseEntity.status(e.status()).body(e.body());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ErrorList> badParameter(Exception e) {
        return ResponseEntity.badRequest().body(ErrorList.of("InvalidInput", e.getMessage(), null));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorList> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest()
                .body(ErrorList.of("InvalidInput", "The request body is missing or is not valid JSON.", null));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorList> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ErrorList.of("UnsupportedMediaType", "The request's Content-Type header is invalid.", null));
    }

    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    ResponseEntity<ErrorList> noResource(Exception e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorList.of("NotFound", "Resource not found.", null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorList> unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ErrorList.of("InternalFailure", "We encountered an internal error. Please try again.", null));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorList> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorList.of("NotFound", "Resource not found.", null));
    }
}
