struct Parcel {
    label: String,
}

impl Drop for Parcel {
    fn drop(&mut self) {
        println!("parcel {} dropped", self.label);
    }
}

fn main() {
    let maybe = Some(Parcel { label: "A1".to_string() });
    match maybe {
        Some(p) => println!("got parcel {}", p.label),
        None => println!("nothing"),
    }
    println!("after first match");

    let other = Some(Parcel { label: "B2".to_string() });
    match &other {
        Some(p) => println!("peeked at {}", p.label),
        None => println!("nothing"),
    }
    println!("after second match");
}
