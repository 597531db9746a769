// Replacing the contents of an Option<Box<dyn Trait>> drops the old box.
trait Plugin {
    fn name(&self) -> String;
}

struct Logger(u32);

impl Plugin for Logger {
    fn name(&self) -> String {
        format!("logger#{}", self.0)
    }
}

impl Drop for Logger {
    fn drop(&mut self) {
        println!("unload logger#{}", self.0);
    }
}

fn main() {
    let mut slot: Option<Box<dyn Plugin>> = Some(Box::new(Logger(1)));
    println!("loaded {}", slot.as_ref().unwrap().name());
    let previous = slot.replace(Box::new(Logger(2)));
    println!("replaced; previous = {}", previous.as_ref().map(|p| p.name()).unwrap_or_default());
    slot = Some(Box::new(Logger(3)));
    println!("assigned; now {}", slot.as_ref().unwrap().name());
    if let Some(p) = slot.take() {
        println!("taking {}", p.name());
    }
    println!("end of main, previous still alive");
}
