// unimplemented! in a trait impl that is not ready yet.
trait Storage {
    fn save(&self, key: &str) -> bool;
    fn load(&self, key: &str) -> String;
}

struct Memory;

impl Storage for Memory {
    fn save(&self, key: &str) -> bool {
        println!("saving {}", key);
        true
    }
    fn load(&self, _key: &str) -> String {
        unimplemented!()
    }
}

fn main() {
    let m = Memory;
    let ok = m.save("settings");
    println!("saved: {}", ok);
    let s = m.load("settings");
    println!("loaded: {}", s);
}
