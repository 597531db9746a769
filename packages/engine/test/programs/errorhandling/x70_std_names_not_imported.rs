struct S;
impl Display for S {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "S") }
}
fn main() {
    let m: HashMap<i32, i32> = HashMap::new();
    println!("{} {}", S, m.len());
}
