import { groupThousands, type Phrases } from './phrases';

export const en: Phrases = {
  topics: {
    bank: [
      {
        subject: 'Card payment I do not recognise',
        openings: [
          "Hi, there is a payment of {amount} on my card from a shop I've never heard of. Can you block the card and help me get the money back?",
          "I think someone else has used my card. There are three payments from abroad that I didn't make.",
        ],
      },
      {
        subject: 'Lost bank card',
        openings: [
          'I lost my wallet on the tram yesterday with my debit card in it. Please block the card and send me a new one.',
          'My card is gone, I probably left it at the gym. What do I do now?',
        ],
      },
      {
        subject: 'Question about the invoice fee',
        openings: [
          "Why am I charged {amount} for my e-invoice? The fee wasn't there last month.",
          'I was charged a reminder fee although I paid on time. Please check.',
        ],
      },
      {
        subject: 'Moving house – new address',
        openings: [
          "We're moving on the 1st and I need to change my address for statements and the new card.",
          'New address from next month. Do I need to tell you, or do you get it from the population register?',
        ],
      },
      {
        subject: 'Fixed mortgage rate ends next month',
        openings: [
          'My fixed rate ends next month. Could someone call me to talk through the options?',
          "I'd like to renegotiate the interest on our mortgage. Who do I talk to?",
        ],
      },
      {
        subject: 'Cannot log in to the mobile app',
        openings: [
          'Since yesterday the app says my BankID is not valid when I try to log in.',
          'I get "something went wrong" every time I open the app. I have reinstalled it twice.',
        ],
      },
      {
        subject: 'Power of attorney for my mother',
        openings: [
          'My mother has dementia and I need to help her with her bills. How do I register a power of attorney?',
        ],
      },
      {
        subject: 'Complaint: no answer on my loan application',
        openings: [
          "I've waited three weeks for an answer on my loan application and nobody gets back to me. This is not acceptable.",
        ],
      },
    ],
    agency: [
      {
        subject: 'Housing allowance application',
        openings: [
          "I sent my application for housing allowance in March and haven't heard anything. When will I get a decision?",
          'Do I have to send a new application for housing allowance now that my son has moved out?',
        ],
      },
      {
        subject: 'Parental benefit – days left',
        openings: ['How many days of parental benefit do I have left for my youngest?'],
      },
      {
        subject: 'Sickness benefit after day 14',
        openings: [
          'My employer says I have to apply to you after two weeks of sick leave. Which form do I use?',
          "I've been ill for three weeks now and nothing has been paid out. What is missing?",
        ],
      },
      {
        subject: "Decision I don't understand",
        openings: [
          "I received a letter saying my benefit is reduced by {amount} a month, but I don't understand why. Can someone explain?",
        ],
      },
      {
        subject: 'Change of bank account for payments',
        openings: ['I have changed banks. How do I make sure the payments go to my new account?'],
      },
      {
        subject: 'Appeal against the decision',
        openings: [
          'I want to appeal against the decision I got last week. I do not agree that my income is too high.',
        ],
      },
      {
        subject: "Doctor's certificate sent by post",
        openings: ["The doctor's certificate was posted last week. Has it arrived?"],
      },
      {
        subject: 'Complaint: nobody called me back',
        openings: [
          'I was promised a call back twice and nobody has called. I have been waiting for money since last month.',
        ],
      },
    ],
    utility: [
      {
        subject: 'Meter reading',
        openings: [
          'Here is my meter reading: {meter} kWh. The bill looks far too high for a small flat.',
          'The display on my meter is blank. How do I send you a reading?',
        ],
      },
      {
        subject: 'Moving house – end my contract',
        openings: [
          "I'm moving out on the 30th. Please end my electricity contract and tell me what I need to do.",
        ],
      },
      {
        subject: 'Very high invoice this winter',
        openings: ['My invoice for January is {amount}. That is twice as much as last year. Is it right?'],
      },
      {
        subject: 'Power cut in our street',
        openings: [
          'We have had no power since six this morning, the whole street. When will it be back?',
          'The power keeps going on and off in the evenings. My neighbour has the same problem.',
        ],
      },
      {
        subject: 'Switch to a fixed price',
        openings: ["I'd like to switch to a fixed price for two years. What does it cost?"],
      },
      {
        subject: 'Direct debit failed',
        openings: ['I got a reminder although I have direct debit. Why was the money not taken?'],
      },
      {
        subject: 'Payment plan for an overdue bill',
        openings: ["I can't pay the whole bill at once this month. Can I pay it in instalments?"],
      },
      {
        subject: 'Complaint about estimated bills',
        openings: ['For six months you have billed me on estimates, although I send readings every month.'],
      },
    ],
  },
  followUps: [
    'Thanks! One more question: does this also apply to my partner?',
    "Any news on this? It's been a week.",
    "I've attached the document you asked for.",
    "Sorry, I missed your call. I'm free after 3 pm.",
    "I still haven't received anything. What is happening?",
    "That's great, thank you for your help!",
    "I don't understand what you mean. Can you explain it more simply?",
    'Can you send the answer by post as well? I do not read e-mail often.',
  ],
  replies: [
    "Hi {first}, thank you for getting in touch. I've looked into this and will get back to you by {weekday}. Best regards, {agent}",
    'Hi {first}, thanks for your patience. The error is corrected and you will see it on your next invoice. Kind regards, {agent}',
    'Hi {first}, we need a copy of the document to go further. You can upload it when you log in, or send it to us by post. Regards, {agent}',
    "Hi {first}, I've checked with the team handling this: it is on its way and should be done within five working days. {agent}",
    'Hi {first}, the amount has been refunded to your account today. Sorry for the trouble. Best regards, {agent}',
    'Hi {first}, I have passed your question to a specialist who will contact you directly. Regards, {agent}',
  ],
  callSummaries: [
    'Called {first} back. Explained the next steps; they were happy with that.',
    'Called {first}, no answer. Left a voicemail asking them to call us.',
    'Phoned {first} and went through the decision together. They will send the missing papers this week.',
    'Call with {first}: agreed that we wait for the bank statement before doing anything.',
  ],
  incomingCall: 'Incoming call.',
  frontDeskVisit: 'Visit at the front desk.',
  notes: [
    'Customer sounded stressed; be gentle and give a clear date.',
    'Second time they ask about this – see their previous case.',
    'Spoke to the team lead: we can make an exception this once.',
    'The letter we sent had the wrong date on it. That explains the confusion.',
    'They prefer e-mail. Do not call during working hours.',
  ],
  domainNotes: {
    bank: [
      'Checked the payment history: the fee came with the new price list in May.',
      'Card blocked at 14:02; the disputed payments are with the chargeback team.',
    ],
    agency: [
      'Waiting for the scanned certificate; nothing more we can do until it arrives.',
      'Income figures from the tax agency differ from the application; asked the case officer to check.',
    ],
    utility: [
      'Asked field service (ticket 4471) to check the meter data.',
      'Three estimated readings in a row: the meter has not reported since October.',
    ],
  },
  handovers: [
    "Handing over to {to} while I'm on leave. Open: waiting for the certificate; customer prefers calls after 15:00.",
    '{to}, the decision is made but the customer has not understood it yet. Please call and explain it calmly.',
    'Over to {to}, who knows the back-office system better. All documents are in; only the refund is left.',
    'The summer temp handled this until now and the letter went out with the wrong amount. {to}, please take it from here.',
  ],
  promises: {
    callBack: [
      "I'll call you back when I've spoken to the back office.",
      "I'll call you back with the decision.",
      "I'll call you back after 15:00 as you asked.",
    ],
    other: {
      bank: [
        'Refund the fee and confirm by e-mail.',
        'Post the new card within three working days.',
        'Send the power of attorney form by post.',
      ],
      agency: [
        'Confirm in writing that the appeal has been received.',
        "Check that the doctor's certificate is registered and reply by {weekday}.",
        'Send a written explanation of the decision.',
      ],
      utility: [
        'Check the meter data and reply by {weekday}.',
        'Send the corrected invoice by e-mail.',
        'Set up the payment plan and send it for signing.',
      ],
    },
  },
  promiseKept: {
    callBack: [
      'Called back as promised; customer satisfied.',
      'Called back as promised and went through everything.',
    ],
    other: ['Sent as promised.', 'Done, and confirmed to the customer by e-mail.'],
  },
  promiseCancelled: [
    'Customer solved it themselves in the app.',
    'Duplicate – handled in the other case.',
    'No longer needed: the customer withdrew the request.',
  ],
  personNotes: [
    'Hearing impaired: prefers e-mail or text messages to phone calls.',
    'Prefers calls after 15:00; works shifts.',
    'Recently lost their partner. Take your time and be clear about the next step.',
    'Has a power of attorney for his father; both names are on the case.',
    'Gets anxious about letters from authorities. A short call first helps a lot.',
    'Wants everything in writing as well, after a misunderstanding in 2023.',
  ],
  savedReplies: [
    {
      title: 'Thanks, we are on it',
      body: [
        "Hi, thank you for your message. We're looking into it and will get back to you within two working days.",
      ],
    },
    {
      title: 'Missing document',
      body: [
        'Hi, to continue we need a copy of the document mentioned in our letter.',
        'You can upload it when you log in, or send it to us by post.',
      ],
    },
  ],
  interpreterNote: 'Uses an interpreter ({language}). Book one before calling.',
  languageNames: {
    ar: 'Arabic',
    so: 'Somali',
    ti: 'Tigrinya',
    fa: 'Persian',
    uk: 'Ukrainian',
    vi: 'Vietnamese',
    tr: 'Turkish',
    pl: 'Polish',
  },
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  money: (amount) => `SEK ${groupThousands(amount).replace(/ /g, ',')}`,
};
