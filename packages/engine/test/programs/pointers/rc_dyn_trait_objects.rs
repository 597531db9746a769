
use std::rc::Rc;
trait Speak { fn speak(&self) -> String; }
struct Dog { n: u32 }
impl Speak for Dog { fn speak(&self) -> String { format!("woof {}", self.n) } }
impl Drop for Dog { fn drop(&mut self) { println!("drop dog {}", self.n); } }
fn main() {
    let d = Rc::new(Dog { n: 1 });
    let s: Rc<dyn Speak> = d.clone();
    let list: Vec<Rc<dyn Speak>> = vec![s.clone(), Rc::new(Dog { n: 2 })];
    println!("{} {}", Rc::strong_count(&d), list.len());
    for x in &list { println!("{}", x.speak()); }
    drop(list);
    drop(s);
    println!("{}", Rc::strong_count(&d));
}
