// A typestate builder: build() only exists once a URL has been set.
struct NoUrl;
struct HasUrl(String);

struct ClientBuilder<U> {
    url: U,
    timeout: u32,
}

impl ClientBuilder<NoUrl> {
    fn new() -> Self {
        ClientBuilder { url: NoUrl, timeout: 30 }
    }
    fn url(self, u: &str) -> ClientBuilder<HasUrl> {
        ClientBuilder { url: HasUrl(u.to_string()), timeout: self.timeout }
    }
}

impl<U> ClientBuilder<U> {
    fn timeout(mut self, secs: u32) -> Self {
        self.timeout = secs;
        self
    }
}

#[derive(Debug)]
struct Client {
    url: String,
    timeout: u32,
}

impl ClientBuilder<HasUrl> {
    fn build(self) -> Client {
        Client { url: self.url.0, timeout: self.timeout }
    }
}

fn main() {
    let c = ClientBuilder::new().timeout(5).url("http://api.local").build();
    println!("{:?}", c);
    let d = ClientBuilder::new().url("http://b.local").timeout(60).build();
    println!("{} {}", d.url, d.timeout);
}
