// Implementing our own traits for built-in types
trait Summary {
    fn summarize(&self) -> String;
}

impl Summary for i32 {
    fn summarize(&self) -> String {
        if *self < 0 { format!("negative {}", -self) } else { format!("number {}", self) }
    }
}

impl Summary for String {
    fn summarize(&self) -> String {
        format!("string of {} chars", self.chars().count())
    }
}

impl Summary for bool {
    fn summarize(&self) -> String {
        String::from(if *self { "yes" } else { "no" })
    }
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for Vec<i32> {
    fn double(&self) -> Self {
        self.iter().map(|x| x * 2).collect()
    }
}

impl Double for String {
    fn double(&self) -> Self {
        format!("{}{}", self, self)
    }
}

fn report(items: &[&dyn Summary]) {
    for it in items {
        println!("* {}", it.summarize());
    }
}

fn main() {
    println!("{}", 5.summarize());
    println!("{}", (-12).summarize());
    let s = String::from("héllo");
    println!("{}", s.summarize());
    report(&[&1, &true, &s, &-3]);
    let v = vec![1, 2, 3];
    println!("{:?}", v.double().double());
    println!("{}", String::from("ab").double());
}
