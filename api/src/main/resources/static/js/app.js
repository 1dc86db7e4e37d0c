// Sends the CSRF token with every htmx request, as Spring Security expects for state-changing requests.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
