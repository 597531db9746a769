// RAII: values are dropped at the end of their scope, in reverse declaration order.
struct Droppable {
    name: &'static str,
}

impl Drop for Droppable {
    fn drop(&mut self) {
        println!("> Dropping {}", self.name);
    }
}

fn make(name: &'static str) -> Droppable {
    println!("creating {}", name);
    Droppable { name }
}

fn main() {
    let _a = make("a");
    {
        let _b = make("b");
        {
            let _c = make("c");
            let _d = make("d");
            println!("Exiting block B");
        }
        println!("Just exited block B");
        println!("Exiting block A");
    }
    println!("Just exited block A");

    let e = make("e");
    drop(e);
    println!("after explicit drop");

    let mut slot = make("old");
    slot = make("new");
    println!("replaced slot, now holding {}", slot.name);

    let _ = make("temporary");
    println!("end of main");
}
