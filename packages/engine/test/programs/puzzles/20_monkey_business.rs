use std::collections::VecDeque;

enum Op {
    Add(u64),
    Mul(u64),
    Square,
}

struct Monkey {
    items: VecDeque<u64>,
    op: Op,
    divisor: u64,
    if_true: usize,
    if_false: usize,
    inspected: usize,
}

impl Monkey {
    fn new(items: &[u64], op: Op, divisor: u64, if_true: usize, if_false: usize) -> Monkey {
        Monkey { items: items.iter().copied().collect(), op, divisor, if_true, if_false, inspected: 0 }
    }

    fn apply(&self, old: u64) -> u64 {
        match self.op {
            Op::Add(n) => old + n,
            Op::Mul(n) => old * n,
            Op::Square => old * old,
        }
    }
}

fn main() {
    let mut monkeys = vec![
        Monkey::new(&[79, 98], Op::Mul(19), 23, 2, 3),
        Monkey::new(&[54, 65, 75, 74], Op::Add(6), 19, 2, 0),
        Monkey::new(&[79, 60, 97], Op::Square, 13, 1, 3),
        Monkey::new(&[74], Op::Add(3), 17, 0, 1),
    ];

    for _round in 0..20 {
        for i in 0..monkeys.len() {
            while let Some(item) = monkeys[i].items.pop_front() {
                monkeys[i].inspected += 1;
                let worry = monkeys[i].apply(item) / 3;
                let target = if worry % monkeys[i].divisor == 0 {
                    monkeys[i].if_true
                } else {
                    monkeys[i].if_false
                };
                monkeys[target].items.push_back(worry);
            }
        }
    }

    let mut counts: Vec<usize> = monkeys.iter().map(|m| m.inspected).collect();
    println!("inspections: {:?}", counts);
    counts.sort_unstable_by(|a, b| b.cmp(a));
    println!("monkey business: {}", counts[0] * counts[1]);
}
