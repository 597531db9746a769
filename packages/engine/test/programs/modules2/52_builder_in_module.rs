// A builder with private fields and chained setters.
mod http {
    #[derive(Debug)]
    pub struct Request {
        method: String,
        url: String,
        headers: Vec<(String, String)>,
    }

    pub struct RequestBuilder {
        method: String,
        url: String,
        headers: Vec<(String, String)>,
    }

    impl RequestBuilder {
        pub fn new(url: &str) -> RequestBuilder {
            RequestBuilder { method: "GET".to_string(), url: url.to_string(), headers: vec![] }
        }

        pub fn method(mut self, m: &str) -> RequestBuilder {
            self.method = m.to_string();
            self
        }

        pub fn header(mut self, k: &str, v: &str) -> RequestBuilder {
            self.headers.push((k.to_string(), v.to_string()));
            self
        }

        pub fn build(self) -> Request {
            Request { method: self.method, url: self.url, headers: self.headers }
        }
    }

    impl Request {
        pub fn summary(&self) -> String {
            format!("{} {} ({} headers)", self.method, self.url, self.headers.len())
        }
    }
}

use http::RequestBuilder;

fn main() {
    let req = RequestBuilder::new("/api/users")
        .method("POST")
        .header("Content-Type", "application/json")
        .header("Accept", "*/*")
        .build();
    println!("{}", req.summary());
    println!("{:?}", req);
    let simple = RequestBuilder::new("/health").build();
    println!("{}", simple.summary());
}
