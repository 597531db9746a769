// Lifetimes in structs, enums, trait impls, and bounds like T: 'a.
use std::fmt::Debug;

#[derive(Debug)]
struct Borrowed<'a>(&'a i32);

#[derive(Debug)]
struct NamedBorrowed<'a> {
    x: &'a i32,
    y: &'a i32,
}

#[derive(Debug)]
enum Either<'a> {
    Num(i32),
    Ref(&'a i32),
}

#[derive(Debug)]
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Default for Excerpt<'a> {
    fn default() -> Self {
        Self { part: "(nothing)" }
    }
}

impl<'a> Excerpt<'a> {
    fn announce(&self, note: &str) -> &'a str {
        println!("Attention please: {}", note);
        self.part
    }
}

#[derive(Debug)]
struct Ref<'a, T: 'a>(&'a T);

fn print_ref<'a, T>(t: &'a T)
where
    T: Debug + 'a,
{
    println!("`print_ref`: t is {:?}", t);
}

fn main() {
    let x = 18;
    let y = 15;
    let single = Borrowed(&x);
    let double = NamedBorrowed { x: &x, y: &y };
    let reference = Either::Ref(&x);
    let number = Either::Num(y);
    println!("x is borrowed in {:?}", single);
    println!("x and y are borrowed in {:?}", double);
    println!("x is borrowed in {:?}", reference);
    println!("y is *not* borrowed in {:?}", number);

    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().expect("Could not find a '.'");
    let e = Excerpt { part: first_sentence };
    println!("{:?}", e);
    println!("{}", e.announce("reading"));
    println!("{:?}", Excerpt::default());

    let r = Ref(&x);
    print_ref(&r);
}
