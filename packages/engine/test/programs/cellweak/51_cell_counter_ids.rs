use std::cell::Cell;

struct IdGen {
    next: Cell<u64>,
}

impl IdGen {
    fn fresh(&self) -> u64 {
        let id = self.next.get();
        self.next.set(id + 1);
        id
    }
}

struct Widget {
    id: u64,
    kind: &'static str,
}

fn build<'a>(gen: &'a IdGen, kind: &'static str) -> Widget {
    Widget { id: gen.fresh(), kind }
}

fn main() {
    let gen = IdGen { next: Cell::new(100) };
    let ws: Vec<Widget> = ["button", "slider", "label"].iter().map(|k| build(&gen, k)).collect();
    for w in &ws {
        println!("#{} {}", w.id, w.kind);
    }
    println!("next id = {}", gen.next.get());
}
