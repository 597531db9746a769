// by_ref lets us consume part of an iterator and keep the rest.
struct Lines {
    text: Vec<&'static str>,
    pos: usize,
}

impl Iterator for Lines {
    type Item = &'static str;
    fn next(&mut self) -> Option<&'static str> {
        let l = self.text.get(self.pos).copied();
        self.pos += 1;
        l
    }
}

fn main() {
    let mut lines = Lines {
        text: vec!["name,age", "---", "ann,31", "bob,27", "cy,40"],
        pos: 0,
    };
    let header: Vec<&str> = lines.by_ref().take(2).collect();
    println!("header: {:?}", header);
    let mut total_age = 0;
    for row in lines {
        let age: u32 = row.split(',').nth(1).unwrap().parse().unwrap();
        total_age += age;
    }
    println!("total age: {}", total_age);
}
