use std::ops::Index;
struct Names(Vec<String>);
impl Index<usize> for Names { type Output = String; fn index(&self, i: usize) -> &String { &self.0[i] } }
fn main() {
    let mut n = Names(vec!["a".to_string()]);
    n[0].push('!');
    println!("{}", n[0]);
}
