trait Parser {
    type Output;
    fn make(&self, s: &str) -> Self::Output;
    fn check(&self, o: &Self::Output) -> bool;
}
struct Len;
impl Parser for Len {
    type Output = usize;
    fn make(&self, s: &str) -> usize { s.len() }
    fn check(&self, o: &usize) -> bool { *o > 2 }
}
struct Up;
impl Parser for Up {
    type Output = String;
    fn make(&self, s: &str) -> String { s.to_uppercase() }
    fn check(&self, o: &String) -> bool { !o.is_empty() }
}
fn roundtrip<T: Parser>(p: &T, s: &str) -> Option<T::Output> {
    let o = p.make(s);
    if p.check(&o) { Some(o) } else { None }
}
fn all<T: Parser>(p: &T, words: &[&str]) -> Vec<T::Output> {
    words.iter().map(|w| p.make(w)).collect()
}
fn main() {
    println!("{:?} {:?}", roundtrip(&Len, "abcd"), roundtrip(&Len, "ab"));
    println!("{:?}", roundtrip(&Up, "hi"));
    let v = all(&Up, &["x", "yz"]);
    println!("{:?} {}", v, v.len());
    let n: usize = all(&Len, &["abc", "d"]).iter().sum();
    println!("{}", n);
}
