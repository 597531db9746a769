// RAII: the guard's Drop runs when it goes out of scope.
struct Timer {
    label: &'static str,
}

impl Timer {
    fn start(label: &'static str) -> Timer {
        println!("start {}", label);
        Timer { label }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        println!("stop {}", self.label);
    }
}

fn load() {
    let _t = Timer::start("load");
    println!("  loading...");
}

fn main() {
    let _outer = Timer::start("main");
    load();
    {
        let _inner = Timer::start("block");
        let _ = Timer::start("ignored");
        println!("  inside block");
    }
    let early = Timer::start("early");
    drop(early);
    println!("end of main");
}
