struct Cache {
    greeting: Option<String>,
    computed: u32,
}

impl Cache {
    fn greeting(&mut self) -> &str {
        let counter = &mut self.computed;
        self.greeting.get_or_insert_with(|| {
            *counter += 1;
            String::from("Hello, world")
        })
    }
}

fn main() {
    let mut cache = Cache { greeting: None, computed: 0 };
    println!("{}", cache.greeting());
    println!("{}", cache.greeting());
    println!("computed {} time(s)", cache.computed);

    let mut maybe: Option<i32> = None;
    *maybe.get_or_insert(10) += 5;
    println!("{:?}", maybe);
    *maybe.get_or_insert(99) *= 2;
    println!("{:?}", maybe);
}
