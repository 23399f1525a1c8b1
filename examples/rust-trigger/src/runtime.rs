//! The Lambda Runtime API (`AWS_LAMBDA_RUNTIME_API`, HTTP/1.1 on the local host): the next
//! event, its response or its error. One connection per request, closed by the request, so a
//! response ends where the connection does when it gives no length.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

use serde_json::{Value, json};

const VERSION: &str = "2018-06-01";

/// An HTTP response: its status, the request id header, and the body.
struct Response {
    status: u16,
    request_id: Option<String>,
    body: Vec<u8>,
}

/// Handles one event from the Runtime API at `api` (`host:port`) with `handler`: its result
/// is posted as the invocation's response, its error as the invocation's error.
pub fn serve_one(api: &str, handler: &dyn Fn(Value) -> Result<Value, String>) -> std::io::Result<()> {
    let next = request(api, "GET", &format!("/{VERSION}/runtime/invocation/next"), None)?;
    let id = next.request_id.ok_or_else(|| std::io::Error::other("the Runtime API gave no request id"))?;
    let outcome = serde_json::from_slice(&next.body)
        .map_err(|e| format!("the event is not JSON: {e}"))
        .and_then(handler);
    let (path, body) = match outcome {
        Ok(response) => (format!("/{VERSION}/runtime/invocation/{id}/response"), response),
        Err(message) => {
            let error = json!({ "errorMessage": message, "errorType": "PreSignUpRefused" });
            (format!("/{VERSION}/runtime/invocation/{id}/error"), error)
        }
    };
    let posted = request(api, "POST", &path, Some(&body))?;
    if posted.status != 202 {
        return Err(std::io::Error::other(format!("the Runtime API answered {} to {path}", posted.status)));
    }
    Ok(())
}

fn request(api: &str, method: &str, path: &str, body: Option<&Value>) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(api)?;
    let body = body.map(Value::to_string).unwrap_or_default();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {api}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()?;
    read_response(BufReader::new(stream))
}

fn read_response(mut reader: impl BufRead) -> std::io::Result<Response> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status = line.split_whitespace().nth(1).and_then(|s| s.parse().ok());
    let status = status.ok_or_else(|| std::io::Error::other(format!("not an HTTP status line: {line:?}")))?;
    let (mut request_id, mut length) = (None, None);
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 || line.trim_end().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            match name.trim().to_ascii_lowercase().as_str() {
                "lambda-runtime-aws-request-id" => request_id = Some(value.trim().to_owned()),
                "content-length" => length = value.trim().parse::<usize>().ok(),
                _ => {}
            }
        }
    }
    let mut body = Vec::new();
    match length {
        Some(n) => reader.take(n as u64).read_to_end(&mut body)?,
        None => reader.read_to_end(&mut body)?,
    };
    Ok(Response { status, request_id, body })
}
