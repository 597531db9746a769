// Lab 4, exercise 3: a doubly linked list stored in a Vec.
// Removing a node only rewires indices; the slot goes on a free list for reuse.

const NIL: usize = usize::MAX;

struct Slot {
    value: i32,
    prev: usize,
    next: usize,
}

struct IndexList {
    slots: Vec<Slot>,
    head: usize,
    tail: usize,
    free: Vec<usize>,
}

impl IndexList {
    fn new() -> Self {
        IndexList { slots: Vec::new(), head: NIL, tail: NIL, free: Vec::new() }
    }

    fn push_back(&mut self, value: i32) -> usize {
        let slot = Slot { value, prev: self.tail, next: NIL };
        let id = match self.free.pop() {
            Some(id) => { self.slots[id] = slot; id }
            None => { self.slots.push(slot); self.slots.len() - 1 }
        };
        if self.tail != NIL { self.slots[self.tail].next = id; } else { self.head = id; }
        self.tail = id;
        id
    }

    fn remove(&mut self, id: usize) -> i32 {
        let (prev, next) = (self.slots[id].prev, self.slots[id].next);
        if prev != NIL { self.slots[prev].next = next; } else { self.head = next; }
        if next != NIL { self.slots[next].prev = prev; } else { self.tail = prev; }
        self.free.push(id);
        self.slots[id].value
    }

    fn to_vec(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = self.head;
        while cur != NIL {
            out.push(self.slots[cur].value);
            cur = self.slots[cur].next;
        }
        out
    }
}

fn main() {
    let mut list = IndexList::new();
    let ids: Vec<usize> = (1..=5).map(|v| list.push_back(v * 11)).collect();
    println!("list = {:?}, ids = {:?}", list.to_vec(), ids);

    println!("removed {}", list.remove(ids[2]));
    println!("removed {}", list.remove(ids[0]));
    println!("list = {:?}, free = {:?}", list.to_vec(), list.free);

    let reused = list.push_back(99);
    println!("99 stored in slot {}", reused);
    println!("list = {:?}, slots allocated = {}", list.to_vec(), list.slots.len());
}
