trait A { fn s(&self) -> String; }
struct D; struct B;
impl A for D { fn s(&self) -> String { "d".into() } }
impl A for B { fn s(&self) -> String { "b".into() } }
fn main() {
    let d = D; let b = B;
    for n in 0..3 {
        let p: &dyn A = match n { 0 => &d, 1 => &b, _ => &D };
        let q: Box<dyn A> = if n == 1 { Box::new(D) } else { Box::new(B) };
        println!("{} {}", p.s(), q.s());
    }
}
