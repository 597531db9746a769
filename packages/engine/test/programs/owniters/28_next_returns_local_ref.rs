// Exercise: next() tries to hand out a reference to a local String.
struct Names<'a> {
    prefix: &'a str,
    count: u32,
}

impl<'a> Iterator for Names<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.count == 3 {
            return None;
        }
        self.count += 1;
        let name = format!("{}{}", self.prefix, self.count);
        Some(&name)
    }
}

fn main() {
    let names = Names { prefix: "user", count: 0 };
    for n in names {
        println!("{}", n);
    }
}
