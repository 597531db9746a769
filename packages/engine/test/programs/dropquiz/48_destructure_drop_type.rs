// Exercise: destructuring a Drop type by value.
struct Pair {
    key: String,
    value: String,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("pair {} dropped", self.key);
    }
}

fn main() {
    let p = Pair { key: "color".into(), value: "blue".into() };
    let Pair { key, value } = p;
    println!("{} = {}", key, value);
}
