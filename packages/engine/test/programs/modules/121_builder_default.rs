mod http {
    #[derive(Debug, Clone, PartialEq)]
    pub enum Method {
        Get,
        Post,
    }

    impl Default for Method {
        fn default() -> Self {
            Method::Get
        }
    }

    #[derive(Debug, Default)]
    pub struct Request {
        pub url: String,
        pub method: Method,
        pub headers: Vec<(String, String)>,
        pub timeout_ms: u32,
    }

    pub struct RequestBuilder {
        req: Request,
    }

    impl RequestBuilder {
        pub fn new(url: &str) -> Self {
            RequestBuilder { req: Request { url: url.to_string(), timeout_ms: 5000, ..Default::default() } }
        }

        pub fn method(mut self, m: Method) -> Self {
            self.req.method = m;
            self
        }

        pub fn header(mut self, k: &str, v: &str) -> Self {
            self.req.headers.push((k.to_string(), v.to_string()));
            self
        }

        pub fn timeout(mut self, ms: u32) -> Self {
            self.req.timeout_ms = ms;
            self
        }

        pub fn build(self) -> Request {
            self.req
        }
    }
}

use http::{Method, RequestBuilder};

fn main() {
    let simple = RequestBuilder::new("https://example.com").build();
    println!("{:?}", simple);
    let upload = RequestBuilder::new("https://api.example.com/files")
        .method(Method::Post)
        .header("Content-Type", "application/json")
        .header("X-Trace", "abc123")
        .timeout(30_000)
        .build();
    println!("{:#?}", upload);
    println!("is post: {}", upload.method == Method::Post);
}
