// The returned slice borrows from `e`, which is dropped at the end of the block.
struct Email {
    raw: String,
}

impl Email {
    fn domain(&self) -> &str {
        let at = self.raw.find('@').unwrap_or(0);
        &self.raw[at + 1..]
    }
}

fn main() {
    let domain;
    {
        let e = Email { raw: String::from("ferris@rust-lang.org") };
        domain = e.domain();
    }
    println!("domain: {}", domain);
}
