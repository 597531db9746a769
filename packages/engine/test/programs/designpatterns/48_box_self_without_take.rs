// Mistake: moving a Box out of a field behind &mut self without take().
trait State {
    fn next(self: Box<Self>) -> Box<dyn State>;
    fn name(&self) -> &'static str;
}

struct On;
struct Off;

impl State for On {
    fn next(self: Box<Self>) -> Box<dyn State> { Box::new(Off) }
    fn name(&self) -> &'static str { "on" }
}
impl State for Off {
    fn next(self: Box<Self>) -> Box<dyn State> { Box::new(On) }
    fn name(&self) -> &'static str { "off" }
}

struct Switch {
    state: Box<dyn State>,
}

impl Switch {
    fn toggle(&mut self) {
        self.state = self.state.next();
    }
}

fn main() {
    let mut s = Switch { state: Box::new(Off) };
    s.toggle();
    println!("{}", s.state.name());
}
