// Queue simulation: customers arrive at fixed ticks, two tellers serve them.
use std::collections::VecDeque;

#[derive(Debug)]
struct Customer {
    id: u32,
    arrival: u32,
    work: u32,
}

struct Teller {
    name: &'static str,
    busy_until: u32,
    serving: Option<u32>,
    served: Vec<u32>,
}

fn main() {
    let arrivals = [(0, 3), (1, 2), (2, 4), (2, 1), (5, 2), (6, 3), (6, 1), (9, 2)];
    let mut pending: VecDeque<Customer> = arrivals
        .iter()
        .enumerate()
        .map(|(i, &(arrival, work))| Customer { id: i as u32 + 1, arrival, work })
        .collect();
    let mut line: VecDeque<Customer> = VecDeque::new();
    let mut tellers = vec![
        Teller { name: "T1", busy_until: 0, serving: None, served: vec![] },
        Teller { name: "T2", busy_until: 0, serving: None, served: vec![] },
    ];
    let mut total_wait = 0;
    let mut tick = 0;
    while !pending.is_empty() || !line.is_empty() || tellers.iter().any(|t| t.serving.is_some()) {
        while pending.front().map_or(false, |c| c.arrival == tick) {
            let c = pending.pop_front().unwrap();
            line.push_back(c);
        }
        for t in tellers.iter_mut() {
            if t.serving.is_some() && t.busy_until == tick {
                let done = t.serving.take().unwrap();
                t.served.push(done);
                println!("t={:>2} {} finished #{}", tick, t.name, done);
            }
            if t.serving.is_none() {
                if let Some(c) = line.pop_front() {
                    let wait = tick - c.arrival;
                    total_wait += wait;
                    t.serving = Some(c.id);
                    t.busy_until = tick + c.work;
                    println!("t={:>2} {} takes #{} (waited {})", tick, t.name, c.id, wait);
                }
            }
        }
        tick += 1;
        if tick > 100 {
            break;
        }
    }
    for t in &tellers {
        println!("{} served {:?}", t.name, t.served);
    }
    println!("finished at t={}, average wait {:.2}", tick - 1, total_wait as f64 / arrivals.len() as f64);
}
