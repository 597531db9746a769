#[derive(Debug)]
struct Request {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
}

struct RequestBuilder {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
}

impl RequestBuilder {
    fn new(url: &str) -> Self {
        RequestBuilder {
            method: "GET".to_string(),
            url: url.to_string(),
            headers: Vec::new(),
            body: None,
        }
    }

    fn method(mut self, m: &str) -> Self {
        self.method = m.to_string();
        self
    }

    fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }

    fn body(mut self, b: &str) -> Self {
        self.body = Some(b.to_string());
        self
    }

    fn build(self) -> Request {
        Request {
            method: self.method,
            url: self.url,
            headers: self.headers,
            body: self.body,
        }
    }
}

fn main() {
    let req = RequestBuilder::new("https://example.com/api")
        .method("POST")
        .header("Content-Type", "application/json")
        .header("Accept", "*/*")
        .body("{\"id\": 7}")
        .build();
    println!("{:#?}", req);
}
