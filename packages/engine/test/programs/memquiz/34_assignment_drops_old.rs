struct Value {
    label: String,
}

impl Drop for Value {
    fn drop(&mut self) {
        println!("drop {}", self.label);
    }
}

fn main() {
    let mut v = Value { label: "first".to_string() };
    println!("assigning second");
    v = Value { label: "second".to_string() };
    println!("assigning third");
    v = Value { label: "third".to_string() };
    println!("v = {}", v.label);
}
