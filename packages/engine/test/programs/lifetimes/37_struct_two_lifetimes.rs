// A struct with two lifetime parameters; the getter keeps the key's lifetime.
struct Pair<'k, 'v> {
    key: &'k str,
    value: &'v str,
}

impl<'k, 'v> Pair<'k, 'v> {
    fn key(&self) -> &'k str {
        self.key
    }

    fn describe(&self) -> String {
        format!("{}={}", self.key, self.value)
    }
}

fn main() {
    let key_source = String::from("username");
    let key;
    {
        let value_source = String::from("ferris");
        let pair = Pair { key: &key_source, value: &value_source };
        println!("{}", pair.describe());
        key = pair.key();
    }
    println!("key survived: {}", key);
}
