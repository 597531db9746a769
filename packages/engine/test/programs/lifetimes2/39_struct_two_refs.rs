// A struct with two independent borrowed fields.
struct Pair<'a, 'b> {
    key: &'a str,
    value: &'b str,
}

impl<'a, 'b> Pair<'a, 'b> {
    fn key(&self) -> &'a str {
        self.key
    }
}

fn main() {
    let config = String::from("port=8080");
    let k;
    {
        let (key, value) = config.split_once('=').unwrap();
        let tmp = String::from(value);
        let p = Pair { key, value: &tmp };
        println!("{} -> {}", p.key, p.value);
        k = p.key();
    }
    println!("key survives: {}", k);
}
