fn main() {
    let s: Box<str> = "hello".into();
    let mut owned = String::with_capacity(16);
    owned.push_str("world");
    let b: Box<str> = owned.into_boxed_str();
    println!("{} {} {} {}", s, s.len(), b, b.to_uppercase());
    println!("{}", std::mem::size_of::<Box<str>>());
    let names: Vec<Box<str>> = vec!["ada".into(), "grace".into()];
    println!("{:?}", names);
}
