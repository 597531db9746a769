use std::fmt;
struct P { x: i32, name: String, tags: Vec<&'static str> }
struct T(u8, f64);
struct L(Vec<i32>);
impl fmt::Debug for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Point").field("x", &self.x).field("name", &self.name).field("tags", &self.tags).finish()
    }
}
impl fmt::Debug for T {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("T").field(&self.0).field(&self.1).finish() }
}
impl fmt::Debug for L {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut l = f.debug_list();
        for x in &self.0 { l.entry(x); }
        l.finish()
    }
}
fn main() {
    let p = P { x: 3, name: "a\"b".to_string(), tags: vec!["t"] };
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:?} {:?}", T(1, 2.5), L(vec![1, 2]));
    println!("{:#?}", vec![T(0, 0.0)]);
}
