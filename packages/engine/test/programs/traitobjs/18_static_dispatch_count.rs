trait Speak {
    fn speak(&self) -> String;
}

struct Duck;
struct Cow;

impl Speak for Duck {
    fn speak(&self) -> String { "quack".to_string() }
}
impl Speak for Cow {
    fn speak(&self) -> String { "moo".to_string() }
}

// static dispatch: a separate copy of this function is instantiated per T
fn chorus_static<T: Speak>(animal: &T, times: usize, calls: &mut u32) -> String {
    let mut out = Vec::new();
    for _ in 0..times {
        *calls += 1;
        out.push(animal.speak());
    }
    out.join("-")
}

// dynamic dispatch: one copy, method looked up in the vtable
fn chorus_dyn(animal: &dyn Speak, times: usize, calls: &mut u32) -> String {
    let mut out = Vec::new();
    for _ in 0..times {
        *calls += 1;
        out.push(animal.speak());
    }
    out.join("-")
}

fn main() {
    let mut static_calls = 0;
    let mut dyn_calls = 0;
    println!("{}", chorus_static(&Duck, 3, &mut static_calls));
    println!("{}", chorus_static(&Cow, 2, &mut static_calls));
    println!("{}", chorus_dyn(&Duck, 1, &mut dyn_calls));
    println!("{}", chorus_dyn(&Cow, 4, &mut dyn_calls));
    println!("static calls = {}, dynamic calls = {}", static_calls, dyn_calls);
}
