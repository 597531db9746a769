// Vec<Option<T>> as a slot table: insert into free slots, take out, compact.
#[derive(Debug, Clone)]
struct Job {
    id: u32,
    name: String,
}

struct Slots {
    slots: Vec<Option<Job>>,
}

impl Slots {
    fn with_capacity(n: usize) -> Self {
        Slots { slots: vec![None; n] }
    }
    fn insert(&mut self, job: Job) -> Result<usize, Job> {
        match self.slots.iter().position(|s| s.is_none()) {
            Some(i) => {
                self.slots[i] = Some(job);
                Ok(i)
            }
            None => Err(job),
        }
    }
    fn remove(&mut self, i: usize) -> Option<Job> {
        self.slots.get_mut(i).and_then(|s| s.take())
    }
    fn show(&self) -> String {
        self.slots
            .iter()
            .map(|s| match s {
                Some(j) => format!("[{}:{}]", j.id, j.name),
                None => "[ ]".to_string(),
            })
            .collect::<Vec<_>>()
            .join("")
    }
}

fn main() {
    let mut table = Slots::with_capacity(3);
    for (id, name) in [(1, "build"), (2, "test"), (3, "lint"), (4, "deploy")] {
        match table.insert(Job { id, name: name.to_string() }) {
            Ok(slot) => println!("job {} in slot {}", id, slot),
            Err(job) => println!("table full, rejected {:?}", job),
        }
    }
    println!("{}", table.show());
    println!("removed {:?}", table.remove(1).map(|j| j.name));
    println!("removed again {:?}", table.remove(1).map(|j| j.name));
    println!("out of range {:?}", table.remove(10).is_none());
    println!("{}", table.show());
    table.insert(Job { id: 5, name: "docs".into() }).unwrap();
    println!("{}", table.show());
    let names: Vec<&str> = table.slots.iter().flatten().map(|j| j.name.as_str()).collect();
    println!("occupied: {:?}", names);
    let busy = table.slots.iter().filter(|s| s.is_some()).count();
    println!("busy = {}", busy);
    let compact: Vec<Job> = table.slots.into_iter().flatten().collect();
    println!("compact ids: {:?}", compact.iter().map(|j| j.id).collect::<Vec<_>>());
}
