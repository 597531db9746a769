// Explicit lifetime annotations on functions and methods.
fn print_refs<'a, 'b>(x: &'a i32, y: &'b i32) {
    println!("x is {} and y is {}", x, y);
}

fn print_one<'a>(x: &'a i32) {
    println!("`print_one`: x is {}", x);
}

fn add_one<'a>(x: &'a mut i32) {
    *x += 1;
}

fn print_multi<'a, 'b>(x: &'a i32, y: &'b i32) {
    println!("`print_multi`: x is {}, y is {}", x, y);
}

fn pass_x<'a, 'b>(x: &'a i32, _: &'b i32) -> &'a i32 {
    x
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

struct Owner(i32);

impl Owner {
    fn add_one<'a>(&'a mut self) {
        self.0 += 1;
    }
    fn print<'a>(&'a self) {
        println!("`print`: {}", self.0);
    }
    fn value_ref<'a>(&'a self) -> &'a i32 {
        &self.0
    }
}

fn main() {
    let (four, nine) = (4, 9);
    print_refs(&four, &nine);

    let x = 7;
    let y = 9;
    print_one(&x);
    print_multi(&x, &y);
    let z = pass_x(&x, &y);
    print_one(z);

    let mut t = 3;
    add_one(&mut t);
    print_one(&t);

    let s1 = String::from("long string is long");
    let result;
    {
        let s2 = String::from("xyz");
        println!("longest: {}", longest(s1.as_str(), s2.as_str()));
        result = longest(s1.as_str(), "tiny");
    }
    println!("still valid: {}", result);

    let mut owner = Owner(18);
    owner.add_one();
    owner.print();
    println!("via ref: {}", owner.value_ref());
}
